/**
 * The filters the server-side lists share: a search box, a 区 and a department from the reference
 * data, a yes/no checkbox — each names itself for screen readers and clears to "all".
 */
import { Checkbox, Input, Select } from 'antd';
import { useReference } from './reference';

export function SearchBox({
  label,
  placeholder,
  onSearch,
}: {
  label: string;
  placeholder: string;
  onSearch: (q: string | undefined) => void;
}) {
  return (
    <Input.Search
      aria-label={label}
      placeholder={placeholder}
      allowClear
      enterButton="搜索"
      style={{ width: 300, maxWidth: '100%' }}
      onSearch={(q) => onSearch(q.trim() || undefined)}
    />
  );
}

/** A locality or a department of the reference data, or all of them. */
export function UnitSelect<Code extends string>({
  of,
  value,
  onChange,
}: {
  of: 'locality' | 'department';
  value?: Code;
  /** A code of the reference data, as the list's query types it. */
  onChange: (code: Code | undefined) => void;
}) {
  const reference = useReference();
  const units = of === 'locality' ? reference.data?.localities : reference.data?.departments;
  return (
    <Select
      aria-label={of === 'locality' ? '县（市）区' : '审批部门'}
      placeholder={of === 'locality' ? '全部县（市）区' : '全部部门'}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: of === 'locality' ? 170 : 160 }}
      value={value}
      onChange={(code?: string) => onChange(code as Code | undefined)}
      options={(units ?? []).map((u) => ({ value: u.code, label: u.name }))}
    />
  );
}

/** Checked: only the rows that hold (true); unchecked: no filter. */
export function OnlyCheckbox({ label, value, onChange }: { label: string; value?: boolean; onChange: (only: true | undefined) => void }) {
  return (
    <Checkbox checked={value === true} onChange={(e) => onChange(e.target.checked ? true : undefined)}>
      {label}
    </Checkbox>
  );
}
